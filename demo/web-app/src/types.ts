export interface Product {
  id: string;
  name: string;
  priceCents: number;
  releasedAt: string;
}
