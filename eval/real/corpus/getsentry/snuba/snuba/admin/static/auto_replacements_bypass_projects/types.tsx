import { ReactNode } from "react";






export { AutoReplacementsBypassProjectsData };
