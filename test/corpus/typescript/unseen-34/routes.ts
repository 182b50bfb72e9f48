import { Router, send } from "jsr:@oak/oak@17";
import { join } from "jsr:@std/path@1";
import { escape } from "jsr:@std/html@1";

import { listImages, imageMeta } from "./images.ts";

export const ROOT = Deno.env.get("IMAGE_ROOT") ?? "/srv/images";
const SIZES = new Set(["64", "128", "256", "512"]);

export const router = new Router();

router.get("/images", async (ctx) => {
  ctx.response.body = await listImages();
});

router.get("/images/:name/meta", async (ctx) => {
  const meta = await imageMeta(ctx.params.name);
  if (!meta) ctx.throw(404);
  ctx.response.body = meta;
});

router.get("/images/:name", async (ctx) => {
  // send() resolves the path under root and refuses anything outside it.
  await send(ctx, ctx.params.name, { root: ROOT });
});

router.get("/raw/:name", async (ctx) => {
  ctx.response.type = "application/octet-stream";
  ctx.response.body = await Deno.readFile(join(ROOT, ctx.params.name)); // expect: path-traversal
});

router.get("/thumb/:name", async (ctx) => {
  const size = ctx.request.url.searchParams.get("size") ?? "128";
  const src = join(ROOT, ctx.params.name);
  const cmd = new Deno.Command("sh", { args: ["-c", `magick '${src}' -thumbnail ${size}x${size} png:-`] }); // expect: command-injection
  const { stdout } = await cmd.output();
  ctx.response.type = "image/png";
  ctx.response.body = stdout;
});

router.get("/v2/thumb/:name", async (ctx) => {
  const size = ctx.request.url.searchParams.get("size") ?? "128";
  if (!SIZES.has(size)) ctx.throw(400);
  const meta = await imageMeta(ctx.params.name);
  if (!meta) ctx.throw(404);
  const cmd = new Deno.Command("magick", { args: [meta.path, "-thumbnail", `${size}x${size}`, "png:-"] }); // ok: command-injection
  const { stdout } = await cmd.output();
  ctx.response.type = "image/png";
  ctx.response.body = stdout;
});

router.get("/gallery", (ctx) => {
  const title = ctx.request.url.searchParams.get("title") ?? "Gallery";
  ctx.response.type = "text/html";
  ctx.response.body = `<h1>${title}</h1><div id="grid"></div>`; // expect: xss
});

router.get("/v2/gallery", (ctx) => {
  const title = ctx.request.url.searchParams.get("title") ?? "Gallery";
  ctx.response.type = "text/html";
  ctx.response.body = `<h1>${escape(title)}</h1><div id="grid"></div>`; // ok: xss
});

router.get("/login/done", (ctx) => {
  const to = ctx.request.url.searchParams.get("to") ?? "/gallery";
  ctx.response.redirect(to); // expect: open-redirect
});
