




package manager

import "github.com/hashicorp/nomad-autoscaler/agent/config"



