import { CodedError } from "../lib/codedError.ts";

/** A command was called the wrong way (an unknown or missing option): the CLI prints its usage and exits 2. */
export class UsageError extends CodedError<"usage"> {
  constructor(message: string) {
    super("usage", message);
  }
}
