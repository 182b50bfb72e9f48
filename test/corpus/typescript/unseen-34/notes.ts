// corpus: path=notes/notes.ts
import { api, APIError, Query } from "encore.dev/api";
import { SQLDatabase } from "encore.dev/storage/sqldb";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";

// Encore.ts service. Every field of a request type is decoded from what the caller sent:
// Query<> from the query string, path fields from the URL, the rest from the JSON body.
const db = new SQLDatabase("notes", { migrations: "./migrations" });

const ATTACHMENTS = "/var/lib/notes/attachments";
const SORTS = new Set(["created_at", "title", "updated_at"]);

interface Note {
  id: number;
  title: string;
  body: string;
}

interface SearchParams {
  q: Query<string>;
  sort?: Query<string>;
}

export const search = api(
  { expose: true, method: "GET", path: "/notes/search" },
  async ({ q, sort }: SearchParams): Promise<{ notes: Note[] }> => {
    const notes = await db.rawQueryAll<Note>( // expect: sql-injection
      `SELECT id, title, body FROM notes WHERE title ILIKE '%${q}%' ORDER BY ${sort ?? "created_at"} DESC`,
    );
    return { notes };
  },
);

export const searchV2 = api(
  { expose: true, method: "GET", path: "/v2/notes/search" },
  async ({ q, sort }: SearchParams): Promise<{ notes: Note[] }> => {
    const order = sort && SORTS.has(sort) ? sort : "created_at";
    const notes = await db.rawQueryAll<Note>( // ok: sql-injection
      `SELECT id, title, body FROM notes WHERE title ILIKE $1 ORDER BY ${order} DESC`,
      `%${q}%`,
    );
    return { notes };
  },
);

export const get = api(
  { expose: true, method: "GET", path: "/notes/:id" },
  async ({ id }: { id: number }): Promise<Note> => {
    // The tagged template sends id as a bound parameter.
    const note = await db.queryRow<Note>`SELECT id, title, body FROM notes WHERE id = ${id}`; // ok: sql-injection
    if (!note) throw APIError.notFound("note not found");
    return note;
  },
);

export const tag = api(
  { expose: true, method: "POST", path: "/notes/:id/tags" },
  async ({ id, tags }: { id: number; tags: string[] }): Promise<void> => {
    const values = tags.map((t) => `(${id}, '${t}')`).join(", ");
    await db.rawExec(`INSERT INTO note_tags (note_id, tag) VALUES ${values} ON CONFLICT DO NOTHING`); // expect: sql-injection
  },
);

export const attachment = api(
  { expose: true, method: "GET", path: "/notes/attachments/:name" },
  async ({ name }: { name: string }): Promise<{ content: string }> => {
    const data = await readFile(join(ATTACHMENTS, name)); // expect: path-traversal
    return { content: data.toString("base64") };
  },
);

export const attachmentV2 = api(
  { expose: true, method: "GET", path: "/v2/notes/attachments/:name" },
  async ({ name }: { name: string }): Promise<{ content: string }> => {
    const data = await readFile(join(ATTACHMENTS, basename(name))); // ok: path-traversal
    return { content: data.toString("base64") };
  },
);

export const share = api.raw(
  { expose: true, method: "GET", path: "/notes/share" },
  async (req, resp) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const back = url.searchParams.get("back") ?? "/";
    resp.writeHead(302, { Location: back }); // expect: open-redirect
    resp.end();
  },
);

export const shareV2 = api.raw(
  { expose: true, method: "GET", path: "/v2/notes/share" },
  async (req, resp) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const back = url.searchParams.get("back") ?? "/";
    const safe = back.startsWith("/") && !back.startsWith("//") ? back : "/";
    resp.writeHead(302, { Location: safe }); // ok: open-redirect
    resp.end();
  },
);

export const preview = api.raw(
  { expose: true, method: "GET", path: "/notes/preview" },
  async (req, resp) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const title = url.searchParams.get("title") ?? "";
    resp.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    resp.end(`<h1>${title}</h1>`); // expect: xss
  },
);
