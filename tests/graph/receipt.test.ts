/**
 * A receipt of a real save through the Graph layer: what `saveGrants` / `saveGrantsOfMany` report is
 * what a receipt is built from (the types fit core's `…Source` shapes: this file compiles only if they
 * do), every write's ids come through, and the result validates against the committed schema.
 */
import { describe, expect, it } from 'vitest';
import {
  createReceipt,
  createRegistrationReceipt,
  type ReceiptOutcomeSource,
  type ReceiptReportSource,
  type ReceiptSaveResultSource,
} from '../../src/core/receipt';
import { GraphRegistrationRepository } from '../../src/graph/GraphRegistrationRepository';
import type {
  AppSaveOutcome,
  RegistrationSaveResult,
  SaveReport,
  SaveRequest,
} from '../../src/graph/RegistrationRepository';
import { context, GUEST, guestRead, owner, REG, REG_2, schemaErrors } from '../support/receipts';
import { clientFor, graphErrorBody, ScriptedGraph, type RecordedRequest, type Reply } from './scriptedGraph';

// What the graph layer reports is what a receipt reads (core cannot import these types).
const outcomeFits = (outcome: AppSaveOutcome): ReceiptOutcomeSource => outcome;
const reportFits = (report: SaveReport): ReceiptReportSource => report;
const resultFits = (result: RegistrationSaveResult): ReceiptSaveResultSource => result;

const ROOT = 'https://graph.microsoft.com';

interface Sub {
  readonly id: string;
  readonly method: string;
  readonly url: string;
}

function repositoryOn(graph: ScriptedGraph): GraphRegistrationRepository {
  let ids = 0;
  return new GraphRegistrationRepository({
    client: clientFor(graph),
    graphRoot: ROOT,
    scopeMode: 'manageAll',
    now: () => new Date('2026-11-22T10:29:59Z'),
    newClientRequestId: () => `0000000${(ids += 1)}-0000-4000-8000-000000000000`,
  });
}

/** Answers `$batch` requests: reads of REG show the owner alone, reads of REG_2 are refused, writes land. */
function answerBatches(graph: ScriptedGraph): void {
  let written = false;
  graph.on((request: RecordedRequest): Reply | undefined => {
    if (request.method === 'GET' && request.url.includes(REG)) {
      return { status: 200, body: { value: written ? [owner, guestRead] : [owner] } };
    }
    if (request.method !== 'POST') return undefined;
    const subs = (request.body as { requests: Sub[] }).requests;
    const responses = subs.map((sub) => {
      if (sub.method === 'GET') {
        return sub.url.includes(REG_2)
          ? { id: sub.id, status: 403, body: graphErrorBody('accessDenied', 'denied', 'denied-1') }
          : { id: sub.id, status: 200, body: { value: written ? [owner, guestRead] : [owner] } };
      }
      written = true;
      return { id: sub.id, status: 201, headers: { 'request-id': `written-${sub.id}` } };
    });
    return { status: 200, headers: { 'request-id': 'batch-1' }, body: { responses } };
  });
}

describe('a receipt of a save through Graph', () => {
  const requests: SaveRequest[] = [
    { registrationId: REG, baseline: [owner], edited: [owner, guestRead] },
    { registrationId: REG_2, baseline: [owner], edited: [owner, guestRead] },
  ];

  it('across registrations: the saved one with its write’s ids, the one whose read failed as not saved', async () => {
    const graph = new ScriptedGraph();
    answerBatches(graph);
    const results = await repositoryOn(graph).saveGrantsOfMany(requests);
    const receipt = createReceipt(
      context,
      results.map((result, index) => ({
        request: requests[index] as SaveRequest,
        result: resultFits(result),
      })),
    );
    expect(schemaErrors(receipt)).toEqual([]);
    const [saved, notSaved] = receipt.registrations;
    expect(saved?.apps).toEqual([
      expect.objectContaining({
        appId: GUEST,
        outcome: 'saved',
        confirmation: 'confirmed',
        write: {
          method: 'PUT',
          clientRequestId: '00000001-0000-4000-8000-000000000000',
          requestId: 'written-1',
          requestIdFrom: 'write',
        },
      }),
    ]);
    // The id the receipt names is the one the write carried.
    const writeBatch = graph.requests.find(
      (request) => request.method === 'POST' && JSON.stringify(request.body).includes('"PUT"'),
    );
    const [sub] = (writeBatch?.body as { requests: { headers: Record<string, string> }[] }).requests;
    expect(sub?.headers['client-request-id']).toBe(saved?.apps[0]?.write?.clientRequestId);
    expect(notSaved).toMatchObject({
      registrationId: REG_2,
      error: { code: 'role_required', status: 403, requestId: 'denied-1' },
      apps: [{ appId: GUEST, outcome: 'not-saved', reason: 'not-checked' }],
    });
  });

  it('for one registration, from the report `saveGrants` returns', async () => {
    const graph = new ScriptedGraph();
    answerBatches(graph);
    const request = requests[0] as SaveRequest;
    const report = await repositoryOn(graph).saveGrants(request);
    const receipt = createRegistrationReceipt(context, request, reportFits(report));
    expect(schemaErrors(receipt)).toEqual([]);
    expect(receipt.registrations[0]).toMatchObject({
      registrationId: REG,
      savedAt: '2026-11-22T10:29:59.000Z',
      apps: [{ outcome: 'saved', write: { requestId: 'written-1', requestIdFrom: 'write' } }],
    });
    expect(report.outcomes.map(outcomeFits)).toHaveLength(1);
  });
});
