import type { Role } from "../db/generated/enums";

/** Who is acting: the signed-in user, as the session carries it. */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  email: string;
  /** Signed in with a one-time password: nothing but choosing a new password until then. */
  mustChangePassword?: boolean;
}

/** The signed-in user as the client components see them (no email). */
export interface ActorView {
  id: string;
  name: string;
  role: Role;
}
