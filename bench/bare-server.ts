/**
 * A bare Fastify server for the API benchmark: one route that returns fixed bytes with a
 * fixed content type, read from the file given as the first argument. It prints its URL.
 */
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const [bodyFile = "", contentType = "application/json"] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const app = Fastify({ logger: false });
app.get("/dataset", async (_request, reply) => reply.type(contentType).send(body));

const address = await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(`${address}\n`);
process.on("SIGTERM", () => {
  void app.close().then(() => process.exit(0));
});
