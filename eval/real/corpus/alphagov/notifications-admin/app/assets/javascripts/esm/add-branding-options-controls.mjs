import LiveCheckboxControls from './live-checkbox-controls.mjs';






