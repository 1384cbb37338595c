








export { ClusterData };
