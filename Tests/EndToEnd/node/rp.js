'use strict';
// Every Rp operation through node-soap, with undeclared well-known prefixes in ComponentType, Define Data Name and Select.
const crypto = require('node:crypto');
const { check, code, many, portClient, text } = require('./liberty');

const SUB = 'urn:3gpp:gup:2006-08:subscriber';

async function rp(base, port, sender, token) {
  const rp = await portClient(`${base}/raf/hss/rp?wsdl`, 'RpService', port);
  const call = (operation, args) => rp.call(operation, args, sender, token);
  check(!rp.operations.includes('NotifyData') && rp.operations.length === 8, `${port} NotifyData is a callback, not an operation of the port`, rp.operations);
  const resource = `sip:node-rp-${crypto.randomUUID()}@example.org`;
  const id = { attributes: { type: 'sip' }, $value: resource };
  const type = 'sub:SubscriberInfo';

  const [created] = await call('CreateComponent', {
    ResourceID: id, ComponentType: type,
    NewData: { $xml: `<s:SubscriberInfo xmlns:s="${SUB}"><s:DisplayName>Node</s:DisplayName><s:Language>en</s:Language><s:MSISDN>+46700000043</s:MSISDN></s:SubscriberInfo>` },
  });
  check(code(created) === 'OK' && created.Version === 1, `${port} Rp CreateComponent with ComponentType sub:SubscriberInfo`, created);

  const [modified] = await call('ModifyData', {
    ResourceID: id, ComponentType: type,
    Modification: [{ attributes: { overrideAllowed: true }, Select: '/sub:SubscriberInfo/sub:DisplayName', NewData: { $xml: `<s:DisplayName xmlns:s="${SUB}">Node N.</s:DisplayName>` } }],
  });
  check(code(modified) === 'OK' && modified.Version === 2, `${port} Rp ModifyData`, modified);

  const [read] = await call('ReadData', { ResourceID: id, ComponentType: type, ReadItem: [{ attributes: { itemID: 'all' }, Select: '/' }, { Select: '/sub:SubscriberInfo/sub:MSISDN' }] });
  const data = many(read.Data);
  check(code(read) === 'OK' && data[0].SubscriberInfo?.DisplayName === 'Node N.' && Number(data[0].attributes.version) === 2, `${port} Rp ReadData`, read);
  check(text(data[1].MSISDN) === '+46700000043', `${port} Rp ReadData at depth`, data[1]);

  const nickname = `Nick${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;
  // Type names an XML Schema built-in: its prefix is not a well-known one, so it is declared where it is used.
  const xsString = { attributes: { 'xmlns:xs': 'http://www.w3.org/2001/XMLSchema' }, $value: 'xs:string' };
  const [defined] = await call('DefineData', { ComponentType: type, Definition: [{ Name: `sub:${nickname}`, Type: xsString, Parent: '/sub:SubscriberInfo' }] });
  check(code(defined) === 'OK', `${port} Rp DefineData with Name sub:${nickname}`, defined);

  const [listed] = await call('ListData', { SearchCriteria: { ResourceIDPattern: resource, ComponentType: [type] } });
  const item = many(listed.ListItem)[0];
  check(code(listed) === 'OK' && text(item?.ResourceID) === resource && many(item.ComponentType)[0] === type, `${port} Rp ListData by ComponentType sub:SubscriberInfo`, listed);

  const expires = new Date(Date.now() + 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const [subscribed] = await call('SubscribeToData', {
    ResourceID: id, ComponentType: type, NotifyTo: 'http://127.0.0.1:1/node-rp-callback', Select: ['/sub:SubscriberInfo/sub:DisplayName'],
    Filter: { attributes: { expires, minInterval: 0, initialValues: false } },
  });
  check(code(subscribed) === 'OK' && many(subscribed.InvokeID).length === 1, `${port} Rp SubscribeToData`, subscribed);
  const [unsubscribed] = await call('UnsubscribeToData', { InvokeID: many(subscribed.InvokeID) });
  check(code(unsubscribed) === 'OK', `${port} Rp UnsubscribeToData`, unsubscribed);

  const [deleted] = await call('DeleteComponent', { ResourceID: id, ComponentType: type });
  check(code(deleted) === 'OK', `${port} Rp DeleteComponent`, deleted);
}

module.exports = { rp };
