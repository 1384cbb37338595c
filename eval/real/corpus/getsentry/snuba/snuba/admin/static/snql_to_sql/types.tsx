













export { SnubaDatasetName, SnQLRequest, SnQLResult, SnQLQueryState };
