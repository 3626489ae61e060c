'use strict';
// Every Rg operation through node-soap, with undeclared well-known prefixes in every xs:QName and Select.
const crypto = require('node:crypto');
const { check, code, many, portClient, text } = require('./liberty');

const SUB = 'urn:3gpp:gup:2006-08:subscriber';
const PRES = 'urn:3gpp:gup:2006-08:presence';

async function rg(base, port, sender, token) {
  const rg = await portClient(`${base}/gup/rg?wsdl`, 'RgService', port);
  const call = (operation, args) => rg.call(operation, args, sender, token);
  check(!rg.operations.includes('Notify') && rg.operations.length === 7, `${port} Notify is a callback, not an operation of the port`, rg.operations);
  const resource = `sip:node-rg-${crypto.randomUUID()}@example.org`;
  const id = { attributes: { type: 'sip' }, $value: resource };

  const [created] = await call('Create', {
    ResourceID: id,
    CreateItem: [
      { attributes: { objectType: 'sub:SubscriberInfo', itemID: 'sub' },
        NewData: { $xml: `<s:SubscriberInfo xmlns:s="${SUB}"><s:DisplayName>Node</s:DisplayName><s:Language>en</s:Language></s:SubscriberInfo>` } },
      { attributes: { objectType: 'pres:PresenceSettings', itemID: 'pres' },
        NewData: { $xml: `<p:PresenceSettings xmlns:p="${PRES}"><p:Status>open</p:Status><p:Device id="phone"><p:Status>open</p:Status></p:Device></p:PresenceSettings>` } },
    ],
  });
  check(code(created) === 'OK' && many(created.ItemResult).length === 2, `${port} Rg Create with objectType sub:SubscriberInfo and pres:PresenceSettings`, created);

  const [queried, raw] = await call('Query', {
    ResourceID: id,
    QueryItem: [
      { attributes: { itemID: 'all' }, Select: '/' },
      { attributes: { itemID: 'name' }, Select: '/sub:SubscriberInfo/sub:DisplayName' },
      { attributes: { itemID: 'device' }, Select: '/pres:PresenceSettings/pres:Device[1]/@id' },
    ],
  });
  const data = many(queried.Data);
  check(code(queried) === 'OK' && data.length === 3, `${port} Rg Query`, queried);
  check(data[0].Profile?.SubscriberInfo?.DisplayName === 'Node' && data[0].Profile?.PresenceSettings?.Status === 'open',
    `${port} Rg Query '/' answers the gup:Profile with both components`, data[0]);
  check(data[1].DisplayName === 'Node', `${port} Rg Query inside a component`, data[1]);
  check(data[2].attributes.value === 'phone' && text(data[2]) === 'phone', `${port} Rg Query of an attribute answers Data/@value`, data[2]);
  check(!/xmlns:q\d/.test(raw), `${port} the answer uses no generated q1.. prefixes`);

  const [modified] = await call('Modify', {
    ResourceID: id,
    ModifyItem: [
      { attributes: { itemID: 'name', overrideAllowed: true }, Select: '/gup:Profile/sub:SubscriberInfo/sub:DisplayName',
        NewData: { $xml: `<s:DisplayName xmlns:s="${SUB}">Node N.</s:DisplayName>` } },
      { attributes: { itemID: 'device', overrideAllowed: true }, Select: '/pres:PresenceSettings/pres:Device[1]/@id', NewData: { attributes: { value: 'handset' } } },
    ],
  });
  check(code(modified) === 'OK' && many(modified.ItemResult).every((r) => code(r) === 'OK'), `${port} Rg Modify, an attribute through NewData/@value`, modified);
  const [device] = await call('Query', { ResourceID: id, QueryItem: [{ Select: '/pres:PresenceSettings/pres:Device[1]/@id' }] });
  check(many(device.Data)[0].attributes.value === 'handset', `${port} the written attribute value reads back`, device);

  const [listed, listedRaw] = await call('List', {
    SearchCriteria: { ResourceIDPattern: resource, ComponentType: ['sub:SubscriberInfo', 'pres:PresenceSettings'] },
  });
  const item = many(listed.ListItem)[0];
  check(code(listed) === 'OK' && text(item?.ResourceID) === resource, `${port} Rg List by ComponentType sub: and pres:`, listed);
  check(JSON.stringify(many(item.ComponentType)) === JSON.stringify(['sub:SubscriberInfo', 'pres:PresenceSettings'])
    && listedRaw.includes(`xmlns:sub="${SUB}"`), `${port} Rg List names the types with the well-known prefixes, declared`, item);

  const expires = new Date(Date.now() + 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const [subscribed] = await call('Subscribe', {
    ResourceID: id, NotifyTo: 'http://127.0.0.1:1/node-callback', Select: ['/gup:Profile/pres:PresenceSettings/pres:Status'],
    Filter: { attributes: { expires, minInterval: 0, initialValues: false } },
  });
  check(code(subscribed) === 'OK' && many(subscribed.InvokeID).length === 1, `${port} Rg Subscribe`, subscribed);
  const [unsubscribed] = await call('Unsubscribe', { InvokeID: many(subscribed.InvokeID) });
  check(code(unsubscribed) === 'OK', `${port} Rg Unsubscribe`, unsubscribed);

  const [deletedOne] = await call('Delete', { ResourceID: id, DeleteItem: [{ attributes: { objectType: 'pres:PresenceSettings' } }] });
  check(code(deletedOne) === 'OK', `${port} Rg Delete with objectType pres:PresenceSettings`, deletedOne);
  const [deleted] = await call('Delete', { ResourceID: id });
  check(code(deleted) === 'OK', `${port} Rg Delete of the whole profile`, deleted);

  // No assertion: a Sender fault, HTTP 400 on SOAP 1.2 (Part 2 §7.5.1.2) and 500 on SOAP 1.1, read as a fault either way.
  const refused = await rg.fault('Query', { ResourceID: id, QueryItem: [{ Select: '/' }] }, sender, '');
  check(refused.status === (port.includes('Soap12') ? 400 : 500) && refused.fault, `${port} a request without an assertion is a fault (HTTP ${refused.status})`, refused);
}

module.exports = { rg };
