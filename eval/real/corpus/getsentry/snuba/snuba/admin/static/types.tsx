













export { AllowedTools, Settings };
