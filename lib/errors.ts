/** Errors a lib/ function throws on purpose; the HTTP wrapper turns each into its status and JSON body. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string) {
    super(`${entity} not found`, 404, "not_found");
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do this") {
    super(message, 403, "forbidden");
  }
}

/** Someone else changed the record since the caller read it; `current` tells the loser what it is now (e.g. its revision). */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly current?: { revision: number; [key: string]: unknown },
  ) {
    super(message, 409, "conflict");
  }
}

/** Input that parses but breaks a business rule; names the field when there is one. */
export class InvalidInputError extends DomainError {
  constructor(field: string, message: string) {
    super(message, 400, "invalid_input", field);
  }
}
