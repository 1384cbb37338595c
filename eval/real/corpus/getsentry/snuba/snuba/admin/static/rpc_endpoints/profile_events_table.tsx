import React from 'react';
import { Stack, Title, Table } from '@mantine/core';
import { ProfileEventsTableProps } from 'SnubaAdmin/rpc_endpoints/types';




























