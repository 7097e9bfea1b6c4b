import { compileSchema, ENGINE_IDS, expect, test } from './fixtures';

test('the built JSON dataset validates against the published JSON Schema', async ({ request }) => {
  const schema = await (await request.get('/data/engines.schema.json')).json();
  const data = await (await request.get('/data/engines.json')).json();
  const validate = compileSchema(schema);
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(data.engines.map((e: { id: string }) => e.id).sort()).toEqual([...ENGINE_IDS].sort());
  for (const engine of data.engines) {
    expect(engine.url).toMatch(new RegExp(`/engines/${engine.id}/$`));
  }
});

test('the CSV has a header and a row per engine', async ({ request }) => {
  const response = await request.get('/data/engines.csv');
  expect(response.headers()['content-type']).toContain('text/csv');
  const lines = (await response.text()).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^id,url,name,summary,/);
  expect(lines).toHaveLength(ENGINE_IDS.length + 1);
});
