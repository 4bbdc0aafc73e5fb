import assert from "node:assert/strict";
import { test } from "node:test";
import pl from "nodejs-polars";
import type { ArtifactFile } from "../../src/artifacts/run-folder.ts";
import { TextCopies } from "../../src/artifacts/text-copies.ts";

function file(path: string, size: number): ArtifactFile {
  return { artifact: "host", path, relativePath: path, format: "csv", size, partitions: {} };
}

test("identical files are copied once", async () => {
  const copies = new TextCopies();
  let created = 0;
  const create = async () => {
    created += 1;
    return pl.DataFrame({ x: [created] }).lazy();
  };

  await copies.copy(file("a.csv", 10), Promise.resolve("same"), create);
  await copies.copy(file("b.csv", 10), Promise.resolve("same"), create);
  assert.equal(created, 1);
});

test("same size with other bytes is copied again", async () => {
  const copies = new TextCopies();
  let created = 0;
  const create = async () => {
    created += 1;
    return pl.DataFrame({ x: [created] }).lazy();
  };

  await copies.copy(file("a.csv", 10), Promise.resolve("one"), create);
  await copies.copy(file("b.csv", 10), Promise.resolve("two"), create);
  await copies.copy(file("c.csv", 11), Promise.resolve("one"), create);
  assert.equal(created, 3);
});
