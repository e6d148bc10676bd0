import * as migration_20261121_060839_initial from './20261121_060839_initial';
import * as migration_20261121_063100_review_and_api_clients from './20261121_063100_review_and_api_clients';
import * as migration_20261121_063252_audit_log from './20261121_063252_audit_log';
import * as migration_20261121_063724_scheduled_publishing from './20261121_063724_scheduled_publishing';
import * as migration_20261121_075643_webhooks from './20261121_075643_webhooks';
import * as migration_20261121_084647_list_indexes from './20261121_084647_list_indexes';
import * as migration_20261204_134712_offboarding from './20261204_134712_offboarding';
import * as migration_20261204_175723_house from './20261204_175723_house';
import * as migration_20261205_071019_people from './20261205_071019_people';
import * as migration_20261205_083721_editorial from './20261205_083721_editorial';
import * as migration_20261205_160000_search from './20261205_160000_search';
import * as migration_20261205_170754_front_end_tools from './20261205_170754_front_end_tools';
import * as migration_20261206_023342_sign_in_security from './20261206_023342_sign_in_security';
import * as migration_20261206_054821_figures_quality_releases from './20261206_054821_figures_quality_releases';

export const migrations = [
  {
    up: migration_20261121_060839_initial.up,
    down: migration_20261121_060839_initial.down,
    name: '20261121_060839_initial',
  },
  {
    up: migration_20261121_063100_review_and_api_clients.up,
    down: migration_20261121_063100_review_and_api_clients.down,
    name: '20261121_063100_review_and_api_clients',
  },
  {
    up: migration_20261121_063252_audit_log.up,
    down: migration_20261121_063252_audit_log.down,
    name: '20261121_063252_audit_log',
  },
  {
    up: migration_20261121_063724_scheduled_publishing.up,
    down: migration_20261121_063724_scheduled_publishing.down,
    name: '20261121_063724_scheduled_publishing',
  },
  {
    up: migration_20261121_075643_webhooks.up,
    down: migration_20261121_075643_webhooks.down,
    name: '20261121_075643_webhooks',
  },
  {
    up: migration_20261121_084647_list_indexes.up,
    down: migration_20261121_084647_list_indexes.down,
    name: '20261121_084647_list_indexes',
  },
  {
    up: migration_20261204_134712_offboarding.up,
    down: migration_20261204_134712_offboarding.down,
    name: '20261204_134712_offboarding',
  },
  {
    up: migration_20261204_175723_house.up,
    down: migration_20261204_175723_house.down,
    name: '20261204_175723_house',
  },
  {
    up: migration_20261205_071019_people.up,
    down: migration_20261205_071019_people.down,
    name: '20261205_071019_people',
  },
  {
    up: migration_20261205_083721_editorial.up,
    down: migration_20261205_083721_editorial.down,
    name: '20261205_083721_editorial',
  },
  {
    up: migration_20261205_160000_search.up,
    down: migration_20261205_160000_search.down,
    name: '20261205_160000_search',
  },
  {
    up: migration_20261205_170754_front_end_tools.up,
    down: migration_20261205_170754_front_end_tools.down,
    name: '20261205_170754_front_end_tools',
  },
  {
    up: migration_20261206_023342_sign_in_security.up,
    down: migration_20261206_023342_sign_in_security.down,
    name: '20261206_023342_sign_in_security',
  },
  {
    up: migration_20261206_054821_figures_quality_releases.up,
    down: migration_20261206_054821_figures_quality_releases.down,
    name: '20261206_054821_figures_quality_releases'
  },
];
