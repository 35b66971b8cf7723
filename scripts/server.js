/**
 * Serves the built app (build/handler.js) on plain node:http, in one process or, with
 * TURNO_PROCESSES=N, in N processes (node:cluster) sharing one port and one SQLite database.
 *
 * Without ORIGIN, adapter-node assumes https and would refuse every form post made over
 * plain http. Here the scheme is taken from this server itself (http), written into a header
 * that a client cannot forge because it is overwritten on every request. Behind a TLS proxy,
 * set ORIGIN=https://your.host instead.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';

const processes = Math.max(1, Math.floor(Number(process.env.TURNO_PROCESSES ?? 1)) || 1);

if (processes > 1 && cluster.isPrimary) superviseWorkers(processes);
else await serve();

/**
 * The primary only starts and restarts workers; it never opens the database. Worker 0 starts
 * alone and migrates and seeds the database; the others start once it is listening, so two
 * processes never migrate at once. Only worker 0 runs the allocation scheduler and the
 * housekeeping (TURNO_WORKER_INDEX); a worker that dies is replaced under the same index.
 */
function superviseWorkers(count) {
	let stopping = false;
	const recentDeaths = [];
	const start = (index) => {
		const worker = cluster.fork({ TURNO_WORKER_INDEX: String(index) });
		worker.on('exit', (code, signal) => {
			if (stopping) return;
			console.error(`worker ${index} stopped (${signal ?? code}); starting another`);
			// A worker that dies at start would otherwise be restarted in a tight loop.
			const now = Date.now();
			recentDeaths.push(now);
			while (recentDeaths.length && now - recentDeaths[0] > 60_000) recentDeaths.shift();
			setTimeout(() => start(index), recentDeaths.length > 5 ? 5_000 : 100);
		});
		return worker;
	};
	let listening = 0;
	const announce = (address) => {
		if (++listening < count) return;
		const host = address.address === '0.0.0.0' || !address.address ? 'localhost' : address.address;
		console.log(`Turno listening on http://${host}:${address.port} (${count} processes)`);
	};
	start(0).once('listening', (address) => {
		announce(address);
		for (let index = 1; index < count; index++) start(index).once('listening', announce);
	});
	const shutdown = () => {
		stopping = true;
		for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
		setTimeout(() => process.exit(0), 5000).unref();
		cluster.on('exit', () => {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
		});
	};
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}

async function serve() {
	const forwardedProto = 'x-turno-proto';
	if (!process.env.ORIGIN) process.env.PROTOCOL_HEADER = forwardedProto;
	// Applicant forms are a few kilobytes; anything far larger is refused before parsing. The
	// one exception is an administrator's audio recording (up to 500 KB): SvelteKit's limit is
	// one for every route, so it is set for the recording and the others are held to 64 KB here,
	// by their declared length (a body sent without one still stops at the adapter's limit).
	const formLimit = 64 * 1024;
	const recordingUpload = /^\/(?:[a-z]{2,3}\/)?admin\/audio\/?$/;
	process.env.BODY_SIZE_LIMIT ??= '512K';

	// TURNO_BUILD_DIR serves another build (a new release next to the running one).
	const buildDir = process.env.TURNO_BUILD_DIR
		? pathToFileURL(`${resolve(process.env.TURNO_BUILD_DIR)}/`)
		: new URL('../build/', import.meta.url);
	const { handler } = await import(new URL('handler.js', buildDir).href);

	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';

	// Server-rendered pages and data are compressed on the fly (static files are served
	// precompressed already): a page is a fraction of its size on a slow connection.
	const compress = compression({ threshold: 1024 });

	const server = createServer((req, res) => {
		if (!process.env.ORIGIN) req.headers[forwardedProto] = 'http';
		const path = (req.url ?? '/').split('?')[0];
		if (Number(req.headers['content-length'] ?? 0) > formLimit && !recordingUpload.test(path)) {
			res.writeHead(413, { 'Content-Type': 'text/plain' });
			res.end('Payload Too Large');
			return;
		}
		compress(req, res, () =>
			handler(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			})
		);
	});

	server.listen(port, host, () => {
		// In a cluster, the primary says so once every worker listens.
		if (cluster.isWorker) return;
		console.log(`Turno listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
	});

	const shutdown = () => {
		server.close(() => process.exit(0));
		setTimeout(() => process.exit(0), 5000).unref();
	};
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}
