














































































































export {
  TracingRequest,
  TracingResult,
  LogLine,
  PredefinedQuery,
  TracingSummary,
  QuerySummary,
  SelectSummary,
  IndexSummary,
  ExecuteSummary,
  AggregationSummary,
  StreamSummary,
  SortingSummary,
  ProfileEventValue,
  ProfileEventsResults,
};
