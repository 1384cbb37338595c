

























export {
  executeActionsStyle,
  executeButtonStyle,
  selectStyle,
  collapsibleStyle,
  nonCollapsibleStyle,
};
