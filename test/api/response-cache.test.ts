import assert from "node:assert/strict";
import { test } from "node:test";
import { ResponseCache } from "../../src/api/response-cache.ts";

test("cache returns stored bodies", () => {
  const cache = new ResponseCache(100);
  cache.set("a", Buffer.from("hello"));
  assert.equal(cache.get("a")?.toString(), "hello");
  assert.equal(cache.get("b"), undefined);
});

test("cache evicts least recently used", () => {
  const cache = new ResponseCache(40);
  cache.set("a", Buffer.alloc(10));
  cache.set("b", Buffer.alloc(10));
  cache.get("a");
  cache.set("c", Buffer.alloc(10));
  cache.set("d", Buffer.alloc(10));
  cache.set("e", Buffer.alloc(10));
  assert.equal(cache.get("b"), undefined);
  assert.notEqual(cache.get("a"), undefined);
  assert.ok(cache.size <= 40);
});

test("cache skips bodies over a quarter", () => {
  const cache = new ResponseCache(40);
  cache.set("big", Buffer.alloc(11));
  assert.equal(cache.get("big"), undefined);
  assert.equal(cache.size, 0);
});
