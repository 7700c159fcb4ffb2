// CTyun EOP request signing now lives in engine/shared/eop-signing.ts (the provider signs with it too);
// this path stays for the engine's own importers.
export * from '../shared/eop-signing';
