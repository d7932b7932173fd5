// TikTok-Live-Connector's own frame path, timed over a corpus of recorded frames.
//
// Bench-only (docs/benchmarks.md, `make bench-node`): bench/node.py starts this
// script once, with the path of a `.frames` recording (records of a 4-byte
// big-endian length, then one WebSocket message), and then sends it one line per
// timed pass: the name of a workload. For each, this script decodes the whole
// corpus once and answers one JSON line: {"messages", "decoded", "seconds"},
// seconds from process.hrtime.bigint(), and cpuSeconds, the process's CPU time
// (process.cpuUsage: every thread, the gunzip thread pool's included). Workloads:
//
//   tlc       deserializeWebSocketMessage(frame) for every frame, awaited in turn,
//             as its WebSocket client's onMessage calls it: WebcastPushFrame.decode,
//             gunzip (zlib.unzip, asynchronous), deserializeMessage of the
//             ProtoMessageFetchResult, which decodes every message's payload
//             eagerly with its schema; then one field read per decoded message.
//   tlc-sync  the same decoding, with zlib.unzipSync in place of the asynchronous
//             unzip (no thread-pool round trip): the same functions at their cheapest.
//   tlc-client  the client's whole frame path, as livecore's Connection has one:
//             WebcastWebSocketClient.onMessage (the same decoding, then the ack
//             it sends when the result asks for one, then its event), and
//             TikTokLiveConnection.processProtoMessageFetchResult (one event per
//             decoded message, the custom events' rules), one listener reading a
//             field of every message. No socket: the WebSocket client is made
//             without its constructor, and its sendBytes only counts the acks.
//
// Nothing here opens a socket.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { unzipSync } from "node:zlib";
import { EventEmitter } from "node:events";
import {
    TikTokLiveConnection,
    WebcastPushFrame,
    WebcastWebSocketClient,
    deserializeMessage,
    deserializeWebSocketMessage,
} from "tiktok-live-connector";

function readFrames(path) {
    const data = readFileSync(path);
    const frames = [];
    let offset = 0;
    while (offset < data.length) {
        const size = data.readUInt32BE(offset);
        frames.push(data.subarray(offset + 4, offset + 4 + size));
        offset += 4 + size;
    }
    return frames;
}

function tally(result, counts) {
    for (const message of result.messages || []) {
        counts.messages += 1;
        if (message.decodedData) {
            counts.decoded += 1;
            counts.sink ^= message.decodedData.data.common ? 1 : 0; // one real read
        }
    }
}

async function tlc(frames, counts) {
    for (const data of frames) {
        const container = await deserializeWebSocketMessage(data);
        if (container.protoMessageFetchResult) tally(container.protoMessageFetchResult, counts);
    }
}

async function tlcSync(frames, counts) {
    for (const data of frames) {
        const frame = WebcastPushFrame.decode(data);
        if (frame.payloadEncoding !== "pb" || !frame.payload) continue;
        let body = frame.payload;
        if (body.length > 2 && body[0] === 31 && body[1] === 139 && body[2] === 8) {
            body = unzipSync(body);
        }
        tally(deserializeMessage("ProtoMessageFetchResult", Buffer.from(body)), counts);
    }
}

// The client's own objects without a socket: a WebcastWebSocketClient made
// without its constructor (which dials), its sendBytes counting the acks it is
// asked to send, wired to a TikTokLiveConnection as connect() wires them.
function socketlessClient(counts) {
    const ws = Object.create(WebcastWebSocketClient.prototype);
    EventEmitter.call(ws);
    ws.sendBytes = () => {
        counts.acks += 1;
        return true;
    };
    const connection = new TikTokLiveConnection("bench", { fetchRoomInfoOnConnect: false });
    ws.on("protoMessageFetchResult", (result) => {
        counts.messages += result.messages.length;
    });
    ws.on("protoMessageFetchResult", connection.processProtoMessageFetchResult.bind(connection));
    connection.on("decodedData", (method, decoded) => {
        counts.decoded += 1;
        counts.sink ^= decoded.data.common ? 1 : 0; // one real read per event
    });
    return ws;
}

async function tlcClient(frames, counts) {
    const ws = socketlessClient(counts);
    for (const data of frames) await ws.onMessage(data);
    await new Promise((resolve) => setImmediate(resolve)); // the events still queued
}

const WORKLOADS = { tlc, "tlc-sync": tlcSync, "tlc-client": tlcClient };

const frames = readFrames(process.argv[2]);
const version = JSON.parse(
    readFileSync(new URL("node_modules/tiktok-live-connector/package.json", import.meta.url)),
).version;
process.stdout.write(JSON.stringify({ ready: true, frames: frames.length, version, node: process.version }) + "\n");

for await (const line of createInterface({ input: process.stdin })) {
    const name = line.trim();
    if (!name) continue;
    const work = WORKLOADS[name];
    if (!work) {
        process.stdout.write(JSON.stringify({ error: `unknown workload ${name}` }) + "\n");
        continue;
    }
    const counts = { messages: 0, decoded: 0, acks: 0, sink: 0 };
    const cpuStarted = process.cpuUsage();
    const started = process.hrtime.bigint();
    await work(frames, counts);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const { messages, decoded, acks } = counts;
    const answer = { name, messages, decoded, acks, seconds, cpuSeconds };
    process.stdout.write(JSON.stringify(answer) + "\n");
}
