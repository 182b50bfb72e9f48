// Moved to do/notify.ts, next to the other room publishers; routes/findings.ts and
// routes/page-api.ts still import it from here until their import lines follow.
export { publishFindingCounts } from '../do/notify'
