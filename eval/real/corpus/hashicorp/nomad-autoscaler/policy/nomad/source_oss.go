




package nomad

import "github.com/hashicorp/nomad-autoscaler/sdk"


