'use strict';
// Every MCPTT configuration management operation through node-soap, as a device of one MCPTT user.
const { check, code, many, portClient } = require('./liberty');

const UP = 'urn:3gpp:mcptt:user-profile:1.0';

function profile(user, name) {
  return `<up:mcptt-user-profile xmlns:up="${UP}" profileId="1" version="0"><up:ProfileName>${name}</up:ProfileName><up:Status>enabled</up:Status>`
    + `<up:PreSelected>true</up:PreSelected><up:MCPTTID>${user}</up:MCPTTID><up:Groups><up:Group>sip:station-7@mcptt.example.org</up:Group></up:Groups>`
    + '<up:EmergencyAlert>true</up:EmergencyAlert></up:mcptt-user-profile>';
}

async function cm(base, port, sender, token, user) {
  const cm = await portClient(`${base}/mcptt/cm?wsdl`, 'McpttCmService', port);
  const call = (operation, args) => cm.call(operation, args, sender, token);
  check(!cm.operations.includes('ProfileUpdateNotification') && cm.operations.length === 5,
    `${port} ProfileUpdateNotification is a callback, not an operation of the port`, cm.operations);

  const [held] = await call('GetUserProfile', { MCPTTID: user, ProfileID: '1', UEVersion: 'None' });
  const base0 = held.Profile ? Number(held.Profile['mcptt-user-profile'].attributes.version) : 0;
  const [uploaded] = await call('UploadUserProfile', { MCPTTID: user, ProfileID: '1', BaseVersion: base0, Profile: { $xml: profile(user, `Node on ${port}`) } });
  check(code(uploaded) === 'OK' && uploaded.Version === base0 + 1, `${port} CM UploadUserProfile`, uploaded);
  const [got] = await call('GetUserProfile', { MCPTTID: user, ProfileID: '1', UEVersion: 'None' });
  check(code(got) === 'OK' && got.Profile?.['mcptt-user-profile']?.ProfileName === `Node on ${port}`, `${port} CM GetUserProfile`, got);
  const [listed] = await call('ListUserProfiles', { MCPTTID: user });
  check(code(listed) === 'OK' && many(listed.UserProfile).length === 1, `${port} CM ListUserProfiles`, listed);

  const expires = new Date(Date.now() + 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const [subscribed] = await call('SubscribeProfileUpdates', { MCPTTID: user, ProfileID: ['1'], NotifyTo: 'http://127.0.0.1:1/node-cm-callback', Expires: expires });
  check(code(subscribed) === 'OK' && subscribed.SubscriptionID, `${port} CM SubscribeProfileUpdates`, subscribed);
  const [ended] = await call('UnsubscribeProfileUpdates', { SubscriptionID: [subscribed.SubscriptionID] });
  check(code(ended) === 'OK', `${port} CM UnsubscribeProfileUpdates`, ended);
}

module.exports = { cm };
