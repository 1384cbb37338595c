


package config

import "github.com/hashicorp/nomad-autoscaler/sdk/helper/modes"










