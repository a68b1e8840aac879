// A proof-of-consent endpoint for the test server (a koa middleware for @web/test-runner):
// POST /__consent-log stores a JSON body, GET returns all stored bodies, DELETE empties them.
// Lets a test check what a real sendBeacon delivered, end to end.
const received = [];

const readBody = (req) =>
  new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

export async function consentLog(ctx, next) {
  if (ctx.path !== '/__consent-log') return next();
  if (ctx.method === 'POST') {
    const body = await readBody(ctx.req);
    received.push({ contentType: ctx.get('content-type'), body: JSON.parse(body) });
    ctx.status = 204;
  } else if (ctx.method === 'DELETE') {
    received.length = 0;
    ctx.status = 204;
  } else {
    ctx.body = received;
  }
}
