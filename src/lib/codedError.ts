/**
 * An error the project raises on purpose: a stable, machine-readable code beside a message that
 * says what is wrong and how to fix it. Every such error extends this class (its `name` is the
 * subclass's), so callers tell them apart by `instanceof` and by `code`, never by the message.
 * Fields are declared, not constructor parameter properties, so Node's type stripping runs them.
 */
export class CodedError<C extends string = string> extends Error {
  readonly code: C;

  constructor(code: C, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
