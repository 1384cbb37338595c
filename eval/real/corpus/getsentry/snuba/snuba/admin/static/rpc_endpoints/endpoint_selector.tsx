import React from 'react';
import { Select } from '@mantine/core';
import { EndpointSelectorProps } from 'SnubaAdmin/rpc_endpoints/types';






















