import * as migration_20261121_060831_initial from './20261121_060831_initial';

export const migrations = [
  {
    up: migration_20261121_060831_initial.up,
    down: migration_20261121_060831_initial.down,
    name: '20261121_060831_initial'
  },
];
