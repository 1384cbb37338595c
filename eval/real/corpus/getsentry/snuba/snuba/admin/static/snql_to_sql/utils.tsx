import React from "react";





















export { TextArea, copyText };
