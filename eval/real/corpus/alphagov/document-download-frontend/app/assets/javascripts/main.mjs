import { Button, createAll, ErrorSummary, SkipLink } from 'govuk-frontend';



