import { CodedError } from "../codedError.ts";

/** Stable codes of the problems the release engine reports. */
export type ReleaseErrorCode =
  | "manifest-field"
  | "version-format"
  | "version-order"
  | "checksum-mismatch"
  | "missing-release"
  | "reserved-name"
  | "nested-path";

/** A release problem with a stable code and a message that says where and how to fix it. */
export class ReleaseError extends CodedError<ReleaseErrorCode> {}
