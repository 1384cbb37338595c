























export { 
  locationAssign,
  locationReload,
  locationReplace,
  offset,
};
