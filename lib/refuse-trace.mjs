// Preloaded into `next start` (lib/server-node-options.ts). Next turns every request into a fetch
// Request, and fetch forbids the TRACE method: Next answered it with a 500 before any of the app's
// code ran. It is refused here instead, with 405, before Next sees it. (Node itself answers TRACK
// with 400 and closes CONNECT.)
import http from 'node:http';

const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitRequest(event, request, response) {
  if (event !== 'request' || request.method !== 'TRACE') return emit.apply(this, arguments);
  response.writeHead(405, { Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS', 'Content-Type': 'text/plain' });
  response.end('Method not allowed\n');
  return true;
};
