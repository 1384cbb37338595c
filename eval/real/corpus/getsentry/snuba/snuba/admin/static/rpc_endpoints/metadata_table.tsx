import React from 'react';
import { Table, Code } from '@mantine/core';
import { MetadataTableProps } from 'SnubaAdmin/rpc_endpoints/types';

























