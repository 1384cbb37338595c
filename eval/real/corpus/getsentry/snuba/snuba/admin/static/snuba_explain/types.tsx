































export {
  SnubaDatasetName,
  SnQLRequest,
  SnQLResult,
  SnQLQueryState,
  ExplainResult,
  ExplainStep,
  QueryTransformData,
};
