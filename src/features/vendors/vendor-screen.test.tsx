import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import rows from '../../../data/vendors.json';
import { renderApp } from '../../../tests/render';

const table = () => screen.getByRole('table', { name: 'Product names by kind of service' });
const rowNamed = (name: RegExp) => within(table()).getByRole('row', { name });

describe('the vendor table', () => {
  it('shows every kind of service with its product at each of the six clouds, dated', async () => {
    renderApp('/vendors');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vendor names' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${rows.length} kinds of service`);
    expect(within(table()).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Kind of service',
      'AWS',
      'Microsoft Azure',
      'Google Cloud',
      'Alibaba Cloud 阿里云',
      'Huawei Cloud 华为云',
      'Tencent Cloud 腾讯云',
    ]);
    const vm = rowNamed(/^Virtual machines/);
    expect(within(vm).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Amazon EC2',
      'Azure Virtual Machines',
      'Compute Engine',
      '云服务器 ECS',
      '弹性云服务器 ECS',
      '云服务器 CVM',
    ]);
    expect(within(vm).getByText('云服务器 CVM')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText(/Names as of 2026-12/)).toBeInTheDocument();
  });

  it('finds a row by a product name, a category in Chinese inside a longer word, or not at all', async () => {
    const { user } = renderApp('/vendors');
    const search = await screen.findByRole('searchbox', { name: 'Search the vendor table' });
    await user.type(search, 'lambda');
    expect(within(table()).getAllByRole('row')).toHaveLength(2);
    expect(rowNamed(/^Functions \(serverless\)/)).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, '存储');
    // Object, block and file storage, and Alibaba Cloud's 表格存储 (a NoSQL table store).
    expect(await screen.findByText(`4 of ${rows.length} kinds of service match`)).toHaveAttribute('role', 'status');

    await user.clear(search);
    await user.type(search, 'nope');
    expect(await screen.findByText('No service or product matches “nope”.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('reads in Chinese, keeps the query in the URL, and links each kind to its topic', async () => {
    renderApp('/vendors?q=CVM', { language: 'zh' });
    expect(await screen.findByRole('heading', { level: 1, name: '各家云的产品名' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '搜索产品对照表' })).toHaveValue('CVM');
    const row = within(screen.getByRole('table')).getByRole('row', { name: /^云服务器（虚拟机）/ });
    expect(within(row).getByRole('link', { name: '去学习' })).toHaveAttribute('href', '/glossary?topic=compute');
  });
});
