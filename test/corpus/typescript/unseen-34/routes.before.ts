import { Router, send } from "jsr:@oak/oak@17";

import { listImages, imageMeta } from "./images.ts";

export const ROOT = Deno.env.get("IMAGE_ROOT") ?? "/srv/images";

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
