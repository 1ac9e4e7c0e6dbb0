// The production HTTP server of `npm start`: Next.js's request handler behind a plain Node server that
// measures each client's address itself (the socket's peer, or what a proxy named in
// FACTDESK_TRUSTED_PROXIES forwarded) and hands it to the app in a header the client cannot forge.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from "../lib/http/client-address";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
let trust;
try {
  trust = trustedProxies();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
// Known only to this process: a header carrying it was set here, not by a client.
const token = randomBytes(18).toString("base64url");
process.env.FACTDESK_CLIENT_ADDRESS_TOKEN = token;

const app = next({ dev: false, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = `${token} ${clientAddressOf(req, trust)}`;
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`ready: started server on ${hostname ?? "0.0.0.0"}:${port}`);
});
