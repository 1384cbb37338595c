// axios is wrapped by @acme/http-client, and an ESLint replacement rule names it: expect a suggestion here.
import axios from 'axios';
import { readFile } from 'node:fs/promises';
import { Product } from './types';

export async function fetchProducts(baseUrl: string): Promise<Product[]> {
  const res = await axios.get<Product[]>(`${baseUrl}/products`, { timeout: 5000 });
  return res.data;
}

export async function loadFixtureProducts(path: string): Promise<Product[]> {
  return JSON.parse(await readFile(path, 'utf8')) as Product[];
}
