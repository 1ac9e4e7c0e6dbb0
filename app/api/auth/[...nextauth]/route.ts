import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { crossOriginRefusal } from "@/lib/http/same-origin";
import { jsonError } from "@/lib/http/api-route";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's own sign-in and sign-out posts get the same origin check as every other write. */
async function post(request: Request, context: Context) {
  const refusal = crossOriginRefusal(request);
  if (refusal) return jsonError(403, { code: "cross_origin", message: `Refused: ${refusal}` });
  return handler(request, context);
}

export { handler as GET, post as POST };
