// moment is replaced by @acme/dates (replacement rule); date-fns is what @acme/dates wraps.
import moment from 'moment';
import { addBusinessDays, format } from 'date-fns';
import { Product } from './types';

export function releaseLabel(p: Product): string {
  return moment(p.releasedAt).fromNow();
}

export function deliveryEstimate(from: Date): string {
  return format(addBusinessDays(from, 3), 'yyyy-MM-dd');
}
