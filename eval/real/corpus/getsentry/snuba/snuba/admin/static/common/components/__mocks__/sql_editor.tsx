import React from "react";

import { Props } from "../sql_editor";










