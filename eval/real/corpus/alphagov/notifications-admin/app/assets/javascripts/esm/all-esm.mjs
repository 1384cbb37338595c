
import { createAll, Button, Radios, ErrorSummary, SkipLink, Tabs, ServiceNavigation } from 'govuk-frontend';

import CollapsibleCheckboxes from './collapsible-checkboxes.mjs';
import FocusBanner from './focus-banner.mjs';
import ColourPreview from './colour-preview.mjs';
import FileUpload from './file-upload.mjs';
import Autofocus from './autofocus.mjs';
import Homepage from './homepage.mjs';
import PreviewPane from './preview-pane.mjs';
import CopyToClipboard from './copy-to-clipboard.mjs';
import ListEntry from './list-entry.mjs';
import RadiosWithImages from './radios-with-images.mjs';

import LiveSearch from './live-search.mjs';
import EnhancedTextbox from './enhanced-textbox.mjs';
import CheckReportStatus from './check-report-status.mjs';
import LiveCheckboxControls from './live-checkbox-controls.mjs';
import AddBrandingOptionsControls from './add-branding-options-controls.mjs';

import RadioSelect from './radio-select.mjs';
import FullscreenTable from './fullscreen-table.mjs';
import RemoveInPresenceOf from './remove-in-presence-of.mjs';
import AuthenticateSecurityKey from './authenticate-security-key.mjs';
import RegisterSecurityKey from './register-security-key.mjs';
import UpdateStatus from './update-status.mjs';
import UpdateContent from './update-content.mjs';
import UpdateRelativeTime from './update-relative-time.mjs';
import { stickAtTopWhenScrolling, stickAtBottomWhenScrolling } from './stick-to-window-when-scrolling.mjs';
import TemplateFolderForm from './template-folder-form.mjs';















































































































































