// @acme/feature-flags is already an internal library: nothing to suggest, it shows as "internal, in use".
import { isEnabled } from '@acme/feature-flags';

export function showNewCheckout(userId: string): boolean {
  return isEnabled('new-checkout', { userId });
}
