


















export {
  executeActionsStyle,
  executeButtonStyle,
  selectStyle,
  collapsibleStyle,
};
