import * as migration_20261121_060831_initial from './20261121_060831_initial';
import * as migration_20261121_063103_review_and_api_clients from './20261121_063103_review_and_api_clients';
import * as migration_20261121_063255_audit_log from './20261121_063255_audit_log';
import * as migration_20261121_063727_scheduled_publishing from './20261121_063727_scheduled_publishing';
import * as migration_20261121_075646_webhooks from './20261121_075646_webhooks';
import * as migration_20261121_084641_list_indexes from './20261121_084641_list_indexes';
import * as migration_20261204_134717_offboarding from './20261204_134717_offboarding';
import * as migration_20261204_175727_house from './20261204_175727_house';
import * as migration_20261205_071043_people from './20261205_071043_people';
import * as migration_20261205_083726_editorial from './20261205_083726_editorial';
import * as migration_20261205_160000_search from './20261205_160000_search';
import * as migration_20261205_170824_front_end_tools from './20261205_170824_front_end_tools';
import * as migration_20261206_023400_sign_in_security from './20261206_023400_sign_in_security';
import * as migration_20261206_054830_figures_quality_releases from './20261206_054830_figures_quality_releases';

export const migrations = [
  {
    up: migration_20261121_060831_initial.up,
    down: migration_20261121_060831_initial.down,
    name: '20261121_060831_initial',
  },
  {
    up: migration_20261121_063103_review_and_api_clients.up,
    down: migration_20261121_063103_review_and_api_clients.down,
    name: '20261121_063103_review_and_api_clients',
  },
  {
    up: migration_20261121_063255_audit_log.up,
    down: migration_20261121_063255_audit_log.down,
    name: '20261121_063255_audit_log',
  },
  {
    up: migration_20261121_063727_scheduled_publishing.up,
    down: migration_20261121_063727_scheduled_publishing.down,
    name: '20261121_063727_scheduled_publishing',
  },
  {
    up: migration_20261121_075646_webhooks.up,
    down: migration_20261121_075646_webhooks.down,
    name: '20261121_075646_webhooks',
  },
  {
    up: migration_20261121_084641_list_indexes.up,
    down: migration_20261121_084641_list_indexes.down,
    name: '20261121_084641_list_indexes',
  },
  {
    up: migration_20261204_134717_offboarding.up,
    down: migration_20261204_134717_offboarding.down,
    name: '20261204_134717_offboarding',
  },
  {
    up: migration_20261204_175727_house.up,
    down: migration_20261204_175727_house.down,
    name: '20261204_175727_house',
  },
  {
    up: migration_20261205_071043_people.up,
    down: migration_20261205_071043_people.down,
    name: '20261205_071043_people',
  },
  {
    up: migration_20261205_083726_editorial.up,
    down: migration_20261205_083726_editorial.down,
    name: '20261205_083726_editorial',
  },
  {
    up: migration_20261205_160000_search.up,
    down: migration_20261205_160000_search.down,
    name: '20261205_160000_search',
  },
  {
    up: migration_20261205_170824_front_end_tools.up,
    down: migration_20261205_170824_front_end_tools.down,
    name: '20261205_170824_front_end_tools',
  },
  {
    up: migration_20261206_023400_sign_in_security.up,
    down: migration_20261206_023400_sign_in_security.down,
    name: '20261206_023400_sign_in_security',
  },
  {
    up: migration_20261206_054830_figures_quality_releases.up,
    down: migration_20261206_054830_figures_quality_releases.down,
    name: '20261206_054830_figures_quality_releases'
  },
];
