// The web app is served by the same process as the API, at /, without taking over the API's own paths.
import { expect, test } from '@playwright/test';
import { KETEN_URL } from './support.js';

test('npm start prints the web address, serves the app and its routes at /, and leaves /api, /api/docs and /health to the API', async ({
  request,
}) => {
  expect(process.env.KETEN_STARTUITVOER).toContain(`web app:       ${KETEN_URL()}/`);

  for (const pad of ['/', '/aanbieder/declaraties', '/inkoop/raamovereenkomsten/onbekend']) {
    const res = await request.get(`${KETEN_URL()}${pad}`, { headers: { Accept: 'text/html' } });
    expect(res.status(), pad).toBe(200);
    expect(await res.text()).toContain('<div id="app">');
  }
  const api404 = await request.get(`${KETEN_URL()}/api/v1/bestaat-niet`, { headers: { Accept: 'text/html' } });
  expect([api404.status(), (await api404.json()).code]).toEqual([404, 'NIET_GEVONDEN']);
  const zonderToken = await request.get(`${KETEN_URL()}/api/v1/raamovereenkomsten`);
  expect(zonderToken.status()).toBe(401);
  expect((await request.get(`${KETEN_URL()}/health`)).status()).toBe(200);
  expect(await (await request.get(`${KETEN_URL()}/api/docs`)).text()).toContain('swagger');
  expect(
    (await (await request.get(`${KETEN_URL()}/api/docs/openapi.json`)).json()).paths['/api/v1/toegang/ik'],
  ).toBeDefined();
});
